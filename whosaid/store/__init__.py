"""whosaid.store"""
