//! Size limits more than one layer enforces, so they agree: the network layer stops reading a body
//! where the parsers would refuse it anyway.

/// Largest document we read: an HTTP body (autoconfig, autodiscover, the ISPDB, OAuth2 metadata)
/// and an XML file parsed from disk.
pub(crate) const MAX_DOCUMENT: usize = 1024 * 1024;
