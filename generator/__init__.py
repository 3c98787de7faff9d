"""Static-site generator for public-service and social-security plans."""
