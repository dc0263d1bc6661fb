"""Training recipe for lagebild's shipped German spaCy pipeline (see ``training/README.md``)."""
