"""Team work: intercoder agreement, consensus decisions, merging projects."""
