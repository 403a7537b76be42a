"""The law library: every stored text with its versions, verification marks and the version in force on a date."""
