"""Sub-commands of the ``assistant`` CLI, one module each (discovered by :mod:`assistant.cli`)."""
