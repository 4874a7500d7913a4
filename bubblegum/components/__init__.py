"""Reusable Reflex UI pieces for the dashboard and editor."""
