"""The data diff a pull request gets: what changed in data/ between two revisions."""
