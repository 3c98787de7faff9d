"""Building: views rendered into content/, MkDocs units, search index, link check, bundle, serve."""
