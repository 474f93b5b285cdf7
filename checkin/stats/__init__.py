"""The workgroup's anonymous figures: measures in SQL, the anonymity rules, exports and merging."""
