//! The IR written as Rust-like text, for `GRAD_DEBUG=1`: one statement per line, regions
//! indented, active variables marked `'` (they carry a derivative).
//!
//! ```text
//! fn(a', b') {
//!     let c' = add(a', b');
//!     let d' = add(b', 1.0);
//!     let result_t1' = mul(c', d');
//! } -> result_t1'
//! ```

use std::fmt::{self, Display, Formatter, Write};

use quote::ToTokens;

use super::{
    Arm, Atom, Binding, Block, Function, Literal, Loop, LoopKind, Op, Operand, Projection, Stmt,
    Value, VarId,
};

impl Display for Function {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let params: Vec<String> = self.params.iter().map(|id| self.name(*id)).collect();
        writeln!(f, "fn({}) {{", params.join(", "))?;
        self.write_block(f, &self.body, 1)?;
        write!(f, "}} -> {}", self.operand(&self.result))
    }
}

impl Function {
    fn name(&self, id: VarId) -> String {
        let var = self.var(id);
        let mark = if var.active { "'" } else { "" };
        format!("{}{mark}", var.base)
    }

    fn atom(&self, atom: &Atom) -> String {
        match atom {
            Atom::Var(id) => self.name(*id),
            Atom::Ref(id) => format!("&{}", self.name(*id)),
            Atom::Deref(id) => format!("*{}", self.name(*id)),
            Atom::Const(expr) => tokens(expr),
        }
    }

    fn operand(&self, operand: &Operand) -> String {
        match operand {
            Operand::Atom(atom) => self.atom(atom),
            Operand::Tuple(elems) => {
                let elems: Vec<String> = elems.iter().map(|elem| self.operand(elem)).collect();
                format!("({})", elems.join(", "))
            }
        }
    }

    fn value(&self, value: &Value) -> String {
        match value {
            Value::Atom(atom) => self.atom(atom),
            Value::Prim { op, args, .. } => {
                let args: Vec<String> = args.iter().map(|arg| self.atom(arg)).collect();
                format!("{}({})", op_name(op), args.join(", "))
            }
            Value::Verbatim(expr) => format!("verbatim {{ {} }}", tokens(expr)),
            Value::Place {
                base,
                path,
                borrowed,
            } => {
                let steps: String = path
                    .iter()
                    .map(|step| match step {
                        Projection::Field(member) => format!(".{}", tokens(member)),
                        Projection::Index(index) => format!("[{}]", tokens(index)),
                    })
                    .collect();
                let borrow = if *borrowed { "&" } else { "" };
                format!("{borrow}{}{steps}", self.name(*base))
            }
            Value::Map(map) => {
                let captures: Vec<String> =
                    map.captures.iter().map(|var| self.name(*var)).collect();
                let mut body = String::new();
                for stmt in &map.body.stmts {
                    let _ = self.write_stmt_string(&mut body, stmt);
                }
                format!(
                    "{}({}, |{}| {{ {}}} -> {}, capturing ({}))",
                    map.method,
                    self.atom(&map.array),
                    self.name(map.element),
                    body.split_whitespace().collect::<Vec<_>>().join(" ") + " ",
                    self.atom(&map.result),
                    captures.join(", ")
                )
            }
            Value::Index {
                base,
                index,
                flat,
                borrowed,
            } => {
                let flat = if *flat { "flat " } else { "" };
                let borrow = if *borrowed { "&" } else { "" };
                format!("{borrow}{}[{flat}{}]", self.name(*base), tokens(index))
            }
        }
    }

    fn write_block(&self, f: &mut Formatter<'_>, block: &Block, depth: usize) -> fmt::Result {
        for stmt in &block.stmts {
            self.write_stmt(f, stmt, depth)?;
        }
        Ok(())
    }

    fn write_region(
        &self,
        f: &mut Formatter<'_>,
        head: &str,
        block: &Block,
        depth: usize,
    ) -> fmt::Result {
        let indent = "    ".repeat(depth);
        writeln!(f, "{indent}{head} {{")?;
        self.write_block(f, block, depth + 1)?;
        writeln!(f, "{indent}}}")
    }

    fn write_stmt(&self, f: &mut Formatter<'_>, stmt: &Stmt, depth: usize) -> fmt::Result {
        let indent = "    ".repeat(depth);
        match stmt {
            Stmt::Assign {
                var,
                value,
                binding,
                ..
            } => self.write_assign(f, *var, value, binding, &indent),
            Stmt::Declare { var, .. } => writeln!(f, "{indent}let {};", self.name(*var)),
            Stmt::Verbatim(tokens) => writeln!(f, "{indent}verbatim {{ {tokens} }}"),
            Stmt::If {
                cond,
                then_branch,
                else_branch,
                index,
            } => {
                self.write_region(
                    f,
                    &format!("if #{index} {}", tokens(cond)),
                    then_branch,
                    depth,
                )?;
                self.write_region(f, "else", else_branch, depth)
            }
            Stmt::Block { block, index } => {
                self.write_region(f, &format!("#{index}"), block, depth)
            }
            Stmt::IndexAssign {
                base,
                index,
                value,
                levels,
                ..
            } => {
                let value = self.atom(value);
                let at = match (levels, index) {
                    (2.., syn::Expr::Tuple(tuple)) => tuple
                        .elems
                        .iter()
                        .map(|index| format!("[{}]", tokens(index)))
                        .collect(),
                    _ => format!("[{}]", tokens(index)),
                };
                writeln!(f, "{indent}{}{at} = {value};", self.name(*base))
            }
            Stmt::Match {
                scrutinee,
                arms,
                index,
            } => {
                writeln!(f, "{indent}match #{index} {} {{", tokens(scrutinee))?;
                self.write_arms(f, arms, depth + 1)?;
                writeln!(f, "{indent}}}")
            }
            Stmt::Loop(lp) => self.write_region(f, &loop_head(lp), &lp.body, depth),
        }
    }

    /// `let x = value;` or `x = value;`.
    fn write_assign(
        &self,
        f: &mut Formatter<'_>,
        var: VarId,
        value: &Value,
        binding: &Binding,
        indent: &str,
    ) -> fmt::Result {
        let keyword = match binding {
            Binding::Let { .. } => "let ",
            Binding::Reassign => "",
        };
        let value = self.value(value);
        writeln!(f, "{indent}{keyword}{} = {value};", self.name(var))
    }

    /// A `match`'s arms, `pat if guard => { .. }`, each a region at `depth`.
    fn write_arms(&self, f: &mut Formatter<'_>, arms: &[Arm], depth: usize) -> fmt::Result {
        for arm in arms {
            let guard = arm
                .guard
                .as_ref()
                .map_or_else(String::new, |guard| format!(" if {}", tokens(guard)));
            let head = format!("{}{guard} =>", tokens(&arm.pat));
            self.write_region(f, &head, &arm.body, depth)?;
        }
        Ok(())
    }
}

impl Function {
    /// One statement as text, on one line per statement.
    fn write_stmt_string(&self, out: &mut String, stmt: &Stmt) -> fmt::Result {
        struct Stmts<'a>(&'a Function, &'a Stmt);
        impl Display for Stmts<'_> {
            fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
                self.0.write_stmt(f, self.1, 0)
            }
        }
        write!(out, "{}", Stmts(self, stmt))
    }
}

fn loop_head(lp: &Loop) -> String {
    let mut head = match &lp.kind {
        LoopKind::For { pat, iter } => {
            format!("for #{} {} in {}", lp.index, tokens(pat), tokens(iter))
        }
        LoopKind::While { cond } => format!("while #{} {}", lp.index, tokens(cond)),
        LoopKind::Loop => format!("loop #{}", lp.index),
    };
    if !lp.exit_flags.is_empty() {
        let flags: Vec<String> = lp.exit_flags.iter().map(ToString::to_string).collect();
        let _ = write!(head, " (exits on {})", flags.join(" || "));
    }
    head
}

fn op_name(op: &Op) -> String {
    match op {
        Op::Add => "add".to_owned(),
        Op::Sub => "sub".to_owned(),
        Op::Mul => "mul".to_owned(),
        Op::Div => "div".to_owned(),
        Op::Neg => "neg".to_owned(),
        Op::Cast(ty) => format!("as {}", tokens(ty)),
        Op::Method {
            name,
            float_type: Some(ty),
            ..
        } => format!("{ty}::{name}"),
        Op::Method { name, .. } => format!(".{name}"),
        Op::Call(path, _) => tokens(path),
        Op::Literal(Literal::Ndarray { shape, .. }) => {
            let shape: Vec<String> = shape.iter().map(ToString::to_string).collect();
            format!("array![..] {}", shape.join("x"))
        }
        Op::Literal(Literal::Array) => "[..]".to_owned(),
        Op::Literal(Literal::Vec { .. }) => "vec![..]".to_owned(),
        Op::Literal(Literal::Repeat { .. }) => "vec![x; n]".to_owned(),
        Op::Literal(Literal::Struct { path, .. }) => {
            format!(
                "{} {{ .. }}",
                path.to_token_stream().to_string().replace(' ', "")
            )
        }
        Op::Join(join) if join.stack => "stack".to_owned(),
        Op::Join(_) => "concatenate".to_owned(),
    }
}

fn tokens(node: &impl ToTokens) -> String {
    node.to_token_stream().to_string()
}
