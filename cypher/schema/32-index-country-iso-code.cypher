CREATE RANGE INDEX country_iso_code IF NOT EXISTS
FOR (c:Country) ON (c.isoCode)
