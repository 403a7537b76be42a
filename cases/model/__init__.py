"""The case model: facts as frozen dataclasses and enums, their names, and case files (JSON) in and out."""
