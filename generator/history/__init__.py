"""The data's history, read from git: the change log and each indicator's timeline."""
