/**
 * The partner API (API-1), served at {@code /api}. {@code /api/v1/**} is authenticated by an API key
 * ({@code Authorization: Bearer sb_...}), which also names the tenant; {@code /api/widget/{siteKey}/**} takes the
 * tenant from the public widget site key; {@code /api/platform/**} needs the installation's platform key. Errors
 * are RFC 9457 problem documents ({@code application/problem+json}).
 */
package io.switchboard.interfaces.rest;
