"""Files on disk: the bundled resources, private file modes, and the guard that keeps outputs off the store and inputs."""
