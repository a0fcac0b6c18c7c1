def cross_checks(tables): return []
def prose_checks(text, tables, amounts): return []
def missing_tables(text, tables): return []
