package io.arrflow.model;

/**
 * The arr library item a file belongs to, so the right app can be told to rescan it.
 *
 * @param app which arr app owns the item
 * @param itemId the series id (Sonarr), movie id (Radarr) or artist id (Lidarr)
 */
public record ArrItemRef(ArrApp app, long itemId) {}
