"""Bibliographies out and in: keys, LaTeX escaping, BibTeX, biblatex, CSL-JSON, .bib import."""
