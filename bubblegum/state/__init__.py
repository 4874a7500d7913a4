"""Reflex state: thin handlers that load, call a service and assign."""
