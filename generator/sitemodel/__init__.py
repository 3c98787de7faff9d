"""The site model and its vocabulary: one frozen Site, what a target says, status rules, labels."""
