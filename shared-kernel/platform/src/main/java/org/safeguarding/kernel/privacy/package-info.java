/**
 * Personal data in the event store encrypted per data subject, so that erasing one key
 * (crypto-shredding) erases it from every event, view and export while the events, their
 * MACs and the chain stay as they were.
 */
package org.safeguarding.kernel.privacy;
