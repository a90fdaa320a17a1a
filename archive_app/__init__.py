"""archive-app: a desktop archive of Vietnamese meeting reports."""

__version__ = "0.1.0"
