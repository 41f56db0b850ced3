"""Measurements run by ``make bench``: accuracy, speed and build time, printed as tables."""
