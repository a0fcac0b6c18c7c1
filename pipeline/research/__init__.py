"""Research tables across a corpus's records: figures by district and year with the headline
indicators (``panel``), and organizations across reports (``registry``)."""
from .panel import figure_rows, indicator_of, indicator_rows, write_panel
from .registry import registry, role_object, write_registry

__all__ = ["figure_rows", "indicator_of", "indicator_rows", "registry", "role_object", "write_panel",
           "write_registry"]
