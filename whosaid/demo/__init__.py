"""whosaid.demo"""
