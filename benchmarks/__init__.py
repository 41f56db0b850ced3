"""Measurements run by ``make bench``: accuracy, speed, peak memory and build time, as tables."""
