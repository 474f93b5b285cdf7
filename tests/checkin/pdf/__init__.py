"""Tests of the PDF documents (checkin/pdf/)."""
