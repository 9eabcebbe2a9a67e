package malformed
