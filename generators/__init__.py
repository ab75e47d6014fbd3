"""Planners (question → plan) and image generators (image plan → pixels)."""
