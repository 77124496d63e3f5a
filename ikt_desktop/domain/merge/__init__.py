"""Merging another project: the rows compared, codebook matching, saved queries,
the plan. Pure: imports only domain."""
