package io.switchboard.application.internal;

import io.switchboard.application.ImportReport.RowError;
import io.switchboard.application.StaffService.StaffForm;
import io.switchboard.application.StaffService.StaffView;
import io.switchboard.domain.model.account.PasswordPolicy;
import io.switchboard.domain.model.account.Role;
import io.switchboard.domain.model.account.StaffProfile;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.domain.model.skillgroup.SkillGroupRepository;
import io.switchboard.infrastructure.sheet.Spreadsheets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The staff directory as a spreadsheet (批量添加客服): reading an import into checked rows, and writing the template
 * and the export. Apart from {@link DefaultStaffService} because reading a sheet is its own use case: every row is
 * checked by the same rules as the add form (profile, role, groups, login name, {@link PasswordPolicy}) and every
 * problem is reported by row and column, so that nothing is added until the whole file is right.
 */
@ApplicationScoped
class StaffSheets {

    /** The import and export columns: the seed's 批量添加客服 headers first, English aliases accepted on import. */
    enum Column {
        EMPLOYEE_NO("工号", "employeeNo"),
        NAME("客服姓名", "name"),
        NICKNAME("对外昵称", "nickname"),
        EMAIL("客服邮箱", "email"),
        MOBILE("手机号", "mobile"),
        EXTENSION("分机号", "extension"),
        ROLE("客服角色", "role"),
        SKILL_GROUPS("技能组", "skillGroups"),
        MAX_CONCURRENT("最大接待量", "maxConcurrent"),
        USERNAME("登录名", "username"),
        PASSWORD("初始密码", "password");

        final String chinese;
        final String english;

        Column(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        String of(Spreadsheets.Row row) {
            return row.get(chinese, english);
        }
    }

    /** Role names as the seed's sheet writes them, and the enum names. */
    private static final Map<String, Role> ROLE_NAMES = Map.of(
            "管理员", Role.ADMIN, "质检员", Role.SUPERVISOR, "普通坐席", Role.AGENT, "坐席", Role.AGENT, "客服", Role.AGENT);
    private static final Map<Role, String> ROLE_LABELS = Map.of(
            Role.ADMIN, "管理员", Role.SUPERVISOR, "质检员", Role.AGENT, "普通坐席");

    /** One good row, ready to add. */
    record Candidate(String username, String password, StaffForm form) {
    }

    /** What a sheet holds: its row count, the rows that passed, and every problem found. */
    record Checked(int rows, List<Candidate> candidates, List<RowError> errors) {
    }

    @Inject
    UserAccountRepository accounts;
    @Inject
    SkillGroupRepository groups;
    @Inject
    Validator validator;

    /** Reads and checks every row; a file with any error gives no candidates to add. */
    Checked read(byte[] content) {
        Spreadsheets.Table table;
        try {
            table = Spreadsheets.read(content);
        } catch (IllegalArgumentException e) {
            return new Checked(0, List.of(), List.of(new RowError(1, "", e.getMessage(), "import.unreadable")));
        }
        List<RowError> errors = new ArrayList<>();
        for (Column required : List.of(Column.NAME, Column.PASSWORD)) {
            if (!table.hasHeader(required.chinese, required.english)) {
                errors.add(new RowError(1, required.chinese, "the column is missing", "import.missingColumn"));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(table.rows().size(), List.of(), errors);
        }
        Map<String, Long> groupIdByName = new HashMap<>();
        groups.list(0, 10_000).forEach(g -> groupIdByName.put(g.getName().toLowerCase(Locale.ROOT), g.getId()));
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> employeeNos = new HashMap<>();
        Map<String, Integer> usernames = new HashMap<>();
        for (Spreadsheets.Row row : table.rows()) {
            checkUnique(row, employeeNos, usernames, errors);
            Candidate c = candidate(row, groupIdByName, errors);
            if (c != null) {
                candidates.add(c);
            }
        }
        if (table.rows().isEmpty()) {
            errors.add(new RowError(2, "", "the file has no rows under the header", "import.noRows"));
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return new Checked(table.rows().size(), errors.isEmpty() ? candidates : List.of(), errors);
    }

    /** Employee number and login name: neither twice in the file nor taken already. */
    private void checkUnique(Spreadsheets.Row row, Map<String, Integer> employeeNos, Map<String, Integer> usernames,
                             List<RowError> errors) {
        String no = Column.EMPLOYEE_NO.of(row);
        if (!no.isEmpty()) {
            Integer earlier = employeeNos.putIfAbsent(no, row.number());
            if (earlier != null) {
                errors.add(RowError.coded(row.number(), Column.EMPLOYEE_NO.chinese, "the employee number '" + no
                        + "' is also on row " + earlier, "import.repeated", no, earlier));
            } else if (accounts.findByEmployeeNo(no).isPresent()) {
                errors.add(RowError.coded(row.number(), Column.EMPLOYEE_NO.chinese, "the employee number '" + no
                        + "' is taken", "import.taken", no));
            }
        }
        String named = loginName(row);
        if (!named.isEmpty()) {
            String login = UserAccount.normalizeUsername(named);
            Integer earlier = usernames.putIfAbsent(login, row.number());
            if (earlier != null) {
                errors.add(RowError.coded(row.number(), Column.USERNAME.chinese, "the login name '" + login
                        + "' is also on row " + earlier, "import.repeated", login, earlier));
            } else if (accounts.usernameTaken(login)) {
                errors.add(RowError.coded(row.number(), Column.USERNAME.chinese, "the login name '" + login + "' is taken",
                        "import.taken", login));
            }
        }
    }

    /**
     * A broken constraint of a row's form, coded by its kind ({@code validation.Size} with min and max, {@code
     * validation.Max} with the value …) as the console names constraints.
     */
    static RowError constraint(int row, String column, ConstraintViolation<?> v) {
        var descriptor = v.getConstraintDescriptor();
        String kind = descriptor.getAnnotation().annotationType().getSimpleName();
        var attributes = descriptor.getAttributes();
        Object[] arguments = switch (kind) {
            case "Size" -> new Object[] {attributes.get("min"), attributes.get("max")};
            case "Min", "Max" -> new Object[] {attributes.get("value")};
            default -> new Object[0];
        };
        return RowError.coded(row, column, v.getMessage(), "validation." + kind, arguments);
    }

    /** The login name of a row: its own column, else the e-mail. */
    private static String loginName(Spreadsheets.Row row) {
        return Column.USERNAME.of(row).isEmpty() ? Column.EMAIL.of(row) : Column.USERNAME.of(row);
    }

    /** One row as a form, or null with its errors added. */
    private Candidate candidate(Spreadsheets.Row row, Map<String, Long> groupIdByName, List<RowError> errors) {
        int before = errors.size();
        Role role = Role.AGENT;
        String roleText = Column.ROLE.of(row);
        if (!roleText.isEmpty()) {
            try {
                role = parseRole(roleText);
            } catch (IllegalArgumentException e) {
                errors.add(RowError.coded(row.number(), Column.ROLE.chinese, e.getMessage(), "import.role", roleText));
            }
        }
        List<Long> groupIds = new ArrayList<>();
        for (String name : Column.SKILL_GROUPS.of(row).split("[;；,，]")) {
            if (name.isBlank()) {
                continue;
            }
            Long id = groupIdByName.get(name.strip().toLowerCase(Locale.ROOT));
            if (id == null) {
                errors.add(RowError.coded(row.number(), Column.SKILL_GROUPS.chinese, "no skill group named '"
                        + name.strip() + "'", "import.noSuchGroup", name.strip()));
            } else {
                groupIds.add(id);
            }
        }
        Integer cap = null;
        String capText = Column.MAX_CONCURRENT.of(row);
        if (!capText.isEmpty()) {
            try {
                cap = Integer.valueOf(capText);
            } catch (NumberFormatException e) {
                errors.add(RowError.coded(row.number(), Column.MAX_CONCURRENT.chinese, "'" + capText
                        + "' is not a whole number", "import.notANumber", capText));
            }
        }
        StaffProfile profile = new StaffProfile(Column.EMPLOYEE_NO.of(row), Column.NAME.of(row), Column.NICKNAME.of(row),
                Column.EMAIL.of(row), Column.MOBILE.of(row), Column.EXTENSION.of(row));
        StaffForm form = new StaffForm(profile, role, groupIds, cap);
        for (ConstraintViolation<StaffForm> v : validator.validate(form)) {
            errors.add(constraint(row.number(), columnOf(v.getPropertyPath().toString()), v));
        }
        String username = loginName(row);
        if (username.isEmpty()) {
            errors.add(new RowError(row.number(), Column.USERNAME.chinese, "a login name or an e-mail is required",
                    "import.loginRequired"));
        } else if (username.length() > UserAccount.MAX_USERNAME) {
            errors.add(RowError.coded(row.number(), Column.USERNAME.chinese, "size must be between 1 and "
                    + UserAccount.MAX_USERNAME, "validation.Size", 1, UserAccount.MAX_USERNAME));
        }
        String password = Column.PASSWORD.of(row);
        PasswordPolicy.standard().check(password, username).ifPresent(rule ->
                errors.add(new RowError(row.number(), Column.PASSWORD.chinese, "the password " + rule.message(),
                        "password." + rule.key())));
        return errors.size() == before ? new Candidate(username, password, form) : null;
    }

    private static String columnOf(String propertyPath) {
        String leaf = propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
        return switch (leaf) {
            case "employeeNo" -> Column.EMPLOYEE_NO.chinese;
            case "fullName" -> Column.NAME.chinese;
            case "nickname" -> Column.NICKNAME.chinese;
            case "email" -> Column.EMAIL.chinese;
            case "mobile" -> Column.MOBILE.chinese;
            case "extension" -> Column.EXTENSION.chinese;
            case "maxConcurrent" -> Column.MAX_CONCURRENT.chinese;
            default -> leaf;
        };
    }

    static Role parseRole(String text) {
        String t = text.strip();
        Role named = ROLE_NAMES.get(t);
        if (named != null) {
            return named;
        }
        try {
            return Role.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + t + "'; use 管理员, 质检员 or 普通坐席 (ADMIN, SUPERVISOR, AGENT)");
        }
    }

    /** The import columns with one example row (its password passes the policy). */
    byte[] template(boolean xlsx) {
        List<String> example = List.of("100010", "小明", "优优", "xiaoming@example.com", "13800138000", "8001", "普通坐席",
                "售前", "10", "xiaoming", "change-me-2026");
        return Spreadsheets.write(format(xlsx), headers(), List.of(example));
    }

    /** The staff in the import columns, without passwords. */
    byte[] write(List<StaffView> staff, boolean xlsx) {
        List<List<String>> rows = new ArrayList<>();
        for (StaffView v : staff) {
            rows.add(Arrays.asList(v.employeeNo(), v.fullName(), v.nickname(), v.email(), v.mobile(), v.extension(),
                    ROLE_LABELS.get(Role.valueOf(v.role())), String.join(";", v.skillGroupNames()),
                    v.ownCap() == null ? "" : v.ownCap().toString(), v.username(), ""));
        }
        return Spreadsheets.write(format(xlsx), headers(), rows);
    }

    private static Spreadsheets.Format format(boolean xlsx) {
        return xlsx ? Spreadsheets.Format.XLSX : Spreadsheets.Format.CSV;
    }

    private static List<String> headers() {
        return Arrays.stream(Column.values()).map(c -> c.chinese).toList();
    }
}
