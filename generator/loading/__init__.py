"""Loading: YAML read with positions, validated through the models, cross-checked into one Site."""
