"""whosaid.analyse"""
