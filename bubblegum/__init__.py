"""Bubble Gum: an AI website builder in pure Python."""

__version__ = "0.1.0"
