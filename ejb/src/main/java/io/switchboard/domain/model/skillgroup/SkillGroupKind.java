package io.switchboard.domain.model.skillgroup;

/** Online (chat) and phone skill groups are kept apart (RT-1). */
public enum SkillGroupKind {
    ONLINE,
    PHONE
}
