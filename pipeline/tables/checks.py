"""Checks of tables (placeholder)."""
def table_checks(text, tables, *, amounts=()):
    return []
