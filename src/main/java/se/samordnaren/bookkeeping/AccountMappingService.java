package se.samordnaren.bookkeeping;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static se.samordnaren.db.Tables.ACCOUNT_MAPPING;
import static se.samordnaren.db.Tables.BUDGET_ITEM;

/**
 * The account mapping (kontoplan): the rules that place the bookkeeping's accounts and cost objects on budget items
 * or leave them out, set once and used by every later import; and the accounts the current imports hold, with what
 * no rule places now. Rules change later imports only: a saved import keeps the items its rows got.
 */
@Service
public class AccountMappingService {

    private static final Map<String, Field<?>> RULE_SORT = Map.of(
            "account", ACCOUNT_MAPPING.ACCOUNT,
            "object", ACCOUNT_MAPPING.OBJECT,
            "item", BUDGET_ITEM.NAME);

    private final DSLContext db;

    AccountMappingService(DSLContext db) {
        this.db = db;
    }

    /** One page of the rules, by account (rules on an object alone last) unless the user sorts otherwise. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<MappingRule> rules(PageRequest page) {
        return Paging.page(db.select(ACCOUNT_MAPPING.ID, ACCOUNT_MAPPING.ACCOUNT, ACCOUNT_MAPPING.DIMENSION,
                                ACCOUNT_MAPPING.OBJECT, ACCOUNT_MAPPING.BUDGET_ITEM_ID, BUDGET_ITEM.NAME,
                                ACCOUNT_MAPPING.IGNORED, ACCOUNT_MAPPING.VERSION)
                        .from(ACCOUNT_MAPPING).leftJoin(BUDGET_ITEM).on(BUDGET_ITEM.ID.eq(ACCOUNT_MAPPING.BUDGET_ITEM_ID))
                        .orderBy(Paging.order(page, RULE_SORT, ACCOUNT_MAPPING.ACCOUNT.isNull(),
                                DSL.length(ACCOUNT_MAPPING.ACCOUNT), ACCOUNT_MAPPING.ACCOUNT,
                                ACCOUNT_MAPPING.DIMENSION.nullsFirst(), ACCOUNT_MAPPING.OBJECT.nullsFirst(),
                                ACCOUNT_MAPPING.ID)), page)
                .fetch(r -> new MappingRule(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public int ruleCount() {
        return db.fetchCount(ACCOUNT_MAPPING);
    }

    /**
     * Creates (id null) or changes a rule. Refused: no account and no object, a balance-sheet account (never actuals),
     * neither a budget item nor "ignore", a second rule for the same account and object, a stale save.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public MappingRule save(MappingRule rule) {
        String account = blankToNull(rule.account());
        if (account != null) {
            account = account.replaceAll("\\s", "");
            if (!account.matches("\\d{1,10}")) {
                throw new UserFacingException("bookkeeping.mapping.error.account", account);
            }
            if (account.startsWith("1") || account.startsWith("2")) {
                throw new UserFacingException("bookkeeping.mapping.error.balanceAccount", account);
            }
        }
        String object = Texts.requireMaxLength(blankToNull(rule.object()), Texts.SHORT, "bookkeeping.mapping.object");
        Integer dimension = object == null ? null : rule.dimension();
        if (object != null && (dimension == null || dimension < 1)) {
            throw new UserFacingException("bookkeeping.mapping.error.dimension");
        }
        if (account == null && object == null) {
            throw new UserFacingException("bookkeeping.mapping.error.nothing");
        }
        boolean ignored = rule.ignored();
        Long item = ignored ? null : rule.budgetItemId();
        if (!ignored && item == null) {
            throw new UserFacingException("bookkeeping.mapping.error.target");
        }
        long id;
        if (rule.isNew()) {
            id = db.insertInto(ACCOUNT_MAPPING)
                    .set(ACCOUNT_MAPPING.ACCOUNT, account)
                    .set(ACCOUNT_MAPPING.DIMENSION, dimension)
                    .set(ACCOUNT_MAPPING.OBJECT, object)
                    .set(ACCOUNT_MAPPING.BUDGET_ITEM_ID, item)
                    .set(ACCOUNT_MAPPING.IGNORED, ignored)
                    .returning(ACCOUNT_MAPPING.ID).fetchSingle(ACCOUNT_MAPPING.ID);
        } else {
            id = rule.id();
            ConcurrentEditException.requireUpdated(db.update(ACCOUNT_MAPPING)
                    .set(ACCOUNT_MAPPING.ACCOUNT, account)
                    .set(ACCOUNT_MAPPING.DIMENSION, dimension)
                    .set(ACCOUNT_MAPPING.OBJECT, object)
                    .set(ACCOUNT_MAPPING.BUDGET_ITEM_ID, item)
                    .set(ACCOUNT_MAPPING.IGNORED, ignored)
                    .set(ACCOUNT_MAPPING.VERSION, ACCOUNT_MAPPING.VERSION.plus(1))
                    .where(ACCOUNT_MAPPING.ID.eq(id)).and(ACCOUNT_MAPPING.VERSION.eq(rule.version()))
                    .execute());
        }
        return db.select(ACCOUNT_MAPPING.ID, ACCOUNT_MAPPING.ACCOUNT, ACCOUNT_MAPPING.DIMENSION, ACCOUNT_MAPPING.OBJECT,
                        ACCOUNT_MAPPING.BUDGET_ITEM_ID, BUDGET_ITEM.NAME, ACCOUNT_MAPPING.IGNORED, ACCOUNT_MAPPING.VERSION)
                .from(ACCOUNT_MAPPING).leftJoin(BUDGET_ITEM).on(BUDGET_ITEM.ID.eq(ACCOUNT_MAPPING.BUDGET_ITEM_ID))
                .where(ACCOUNT_MAPPING.ID.eq(id))
                .fetchSingle(r -> new MappingRule(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /** Removes a rule (a stale delete is refused); rows already imported keep their item. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void delete(long id, int version) {
        ConcurrentEditException.requireUpdated(db.deleteFrom(ACCOUNT_MAPPING)
                .where(ACCOUNT_MAPPING.ID.eq(id)).and(ACCOUNT_MAPPING.VERSION.eq(version)).execute());
    }

    /**
     * The accounts of the current imports, one page, by account number: name, rows, net amount, where their rows go by
     * today's rules; {@code onlyUnplaced} keeps the result accounts with rows that no rule places.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<SeenAccount> seenAccounts(boolean onlyUnplaced, PageRequest page) {
        return db.resultQuery(SEEN + """
                select s.account, s.name, s.n, s.amount, s.balance, s.unmapped, s.items, s.ignored
                  from seen_accounts s
                 where not {0} or s.unmapped > 0
                 order by length(s.account), s.account
                 offset {1} limit {2}
                """, DSL.val(onlyUnplaced), DSL.val(page.offset()), DSL.val(page.limit()))
                .fetch(AccountMappingService::seenAccount);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public int seenAccountCount(boolean onlyUnplaced) {
        return db.resultQuery(SEEN + "select count(*)::int from seen_accounts s where not {0} or s.unmapped > 0",
                DSL.val(onlyUnplaced)).fetchSingle().get(0, Integer.class);
    }

    /** The accounts of current imports, grouped, each row group placed by account_mapping_for. */
    private static final String SEEN = """
            with seen as (
                select r.account, r.objects, count(*)::int as n, sum(r.amount) as amount
                  from bookkeeping_row r
                  join bookkeeping_import i on i.id = r.import_id and i.replaced_by_id is null
                 group by r.account, r.objects
            ), res as (
                select s.*, m.budget_item_id, coalesce(m.ignored, false) as ignored,
                       is_balance_account(s.account) as balance
                  from seen s left join lateral account_mapping_for(s.account, s.objects) m on true
            ), seen_accounts as (
                select res.account,
                       (select i.account_names ->> res.account from bookkeeping_import i
                         where i.account_names ->> res.account is not null order by i.imported_at desc, i.id desc limit 1) as name,
                       sum(res.n)::int as n, sum(res.amount) as amount, bool_or(res.balance) as balance,
                       coalesce(sum(res.n) filter (where res.budget_item_id is null and not res.ignored
                                                     and not res.balance), 0)::int as unmapped,
                       coalesce(array_agg(distinct bi.name order by bi.name) filter (where bi.name is not null),
                                '{}') as items,
                       bool_or(res.ignored) as ignored
                  from res left join budget_item bi on bi.id = res.budget_item_id
                 group by res.account
            )
            """;

    private static SeenAccount seenAccount(Record r) {
        String[] items = r.get("items", String[].class);
        return new SeenAccount(r.get("account", String.class), r.get("name", String.class), r.get("n", Integer.class),
                r.get("amount", BigDecimal.class), r.get("balance", Boolean.class), r.get("unmapped", Integer.class),
                items == null ? List.of() : Arrays.asList(items), r.get("ignored", Boolean.class));
    }

    /** The budget items actuals can go to: the active ones, income first, in the budget's order. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<BudgetItemRef> budgetItems() {
        return db.select(BUDGET_ITEM.ID, BUDGET_ITEM.NAME, BUDGET_ITEM.DIRECTION, BUDGET_ITEM.CATEGORY)
                .from(BUDGET_ITEM).where(BUDGET_ITEM.ACTIVE)
                .orderBy(DSL.when(BUDGET_ITEM.DIRECTION.eq(se.samordnaren.budget.BudgetDirection.INCOME), 0)
                        .otherwise(1), BUDGET_ITEM.POSITION, BUDGET_ITEM.NAME)
                .fetch(r -> new BudgetItemRef(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The cost objects the imports have named (#OBJEKT, newest name first), for choosing one in a rule. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
    public List<KnownObject> knownObjects() {
        return db.resultQuery("""
                select distinct on (o.key) o.key, o.value as name
                  from bookkeeping_import i, jsonb_each_text(i.object_names) o
                 order by o.key, i.imported_at desc, i.id desc
                """).fetch(r -> KnownObject.ofKey(r.get("key", String.class), r.get("name", String.class)))
                .stream().filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(KnownObject::dimension).thenComparing(KnownObject::id))
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
