// Fragment: what most views of an entity leave out (EntityRecord.details).
node_ { .nameDe, .nameEn, .aliases, .role, .status, .isoCode, .evidence }
