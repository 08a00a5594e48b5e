"""The record store: SQLite database, its single writer thread, retention and settings."""
