"""whosaid.serve"""
