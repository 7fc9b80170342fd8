"""whosaid.ingest"""
