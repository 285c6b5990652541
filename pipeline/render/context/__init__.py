"""The template contexts, one module per document, built from the model by pure functions."""
