"""The ``news-wire`` format: news-agency copy with its header, dateline or byline."""
