"""Offline checkout conversation coach: till audio → utterances → nudges → displays."""

__version__ = "0.1.0"
