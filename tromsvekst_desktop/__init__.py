"""Tromsvekst Desktop: offline search in the Tromsø region's plans and goals."""

__version__ = "0.1.0"
