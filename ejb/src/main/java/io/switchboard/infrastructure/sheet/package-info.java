/**
 * Spreadsheets that admins upload and download (agents, quick replies, sessions): CSV through Apache Commons CSV,
 * XLSX through fastexcel (a small streaming reader and writer, chosen over Apache POI for its size). The services
 * see a table of header → text rows and never the file format.
 */
package io.switchboard.infrastructure.sheet;
