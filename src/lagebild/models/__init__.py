"""Pipelines shipped inside the package (built by ``training/``; see ``training/README.md``)."""
