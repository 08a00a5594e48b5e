"""Shift reports and summaries: pure code that turns store records into figures and pages."""
