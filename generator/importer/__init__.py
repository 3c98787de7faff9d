"""Turn a plan's plain text into a draft plan folder for an editor to review."""
