"""Evaluation of the analyzers on labelled files (``tocsin evaluate ...``)."""
