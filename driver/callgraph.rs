//! The linked module's functions as a graph: who calls whom, from where, and
//! the shape of each body's loops. Read once from the bytes; the stack-depth
//! estimate (`stackdepth`) and the choice of functions V8 optimises at load
//! (`tiering`) both walk it.

use crate::err;
use crate::error::Result;
use std::collections::HashMap;
use wasmparser::{ElementItems, Operator, Payload, TypeRef};

/// One direct call in a body.
pub struct Call {
    pub callee: usize,
    /// Inside a `loop`, or a `ref.func`: the callee may run many times per
    /// entry of the caller.
    pub in_loop: bool,
}

/// A function defined in the module (not imported).
pub struct Body {
    pub calls: Vec<Call>,
    /// Calls through the table (`call_indirect`, `call_ref`).
    pub indirect: bool,
    /// Declared locals, parameters not included.
    pub locals: u64,
    /// Whether the body has a `loop`.
    pub has_loop: bool,
    /// The most branches back to the start of any one loop. An interpreter's
    /// dispatch loop, its cases each jumping back, has dozens.
    pub back_edges: u32,
}

/// Every function of the module, imported ones first (index space order).
pub struct CallGraph {
    /// How many functions are imported.
    pub imported: usize,
    /// Each function's parameter count.
    pub params: Vec<u64>,
    /// For each import: whether it may call back into the module's exports
    /// (an `env` import: EM_JS, a JS library, main loops; WASI never does).
    pub reenters: Vec<bool>,
    /// The defined functions, in order (index `imported + i`).
    pub bodies: Vec<Body>,
    /// Exported functions, with their export names.
    pub exported: Vec<(usize, String)>,
    /// Functions placed in the table: any indirect call may reach them.
    pub in_table: Vec<usize>,
    /// The table is filled by expressions this reader does not follow, so
    /// indirect calls may reach anything.
    pub table_unknown: bool,
    /// Function names from the name section, where the module has one.
    pub names: HashMap<usize, String>,
}

/// The function names of a module's name section, by function index,
/// without reading its code.
pub fn function_names(bytes: &[u8]) -> Result<HashMap<usize, String>> {
    let mut names = HashMap::new();
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(|e| err!("the linked module is not valid: {e}"))?;
        if let Payload::CustomSection(section) = payload {
            add_names(&section, &mut names);
        }
    }
    Ok(names)
}

/// A name section's function names, added to `names`. A name section that
/// does not read only costs the names.
fn add_names(section: &wasmparser::CustomSectionReader, names: &mut HashMap<usize, String>) {
    if let wasmparser::KnownCustom::Name(reader) = section.as_known() {
        for part in reader.into_iter().flatten() {
            if let wasmparser::Name::Function(map) = part {
                for naming in map.into_iter().flatten() {
                    names.insert(naming.index as usize, naming.name.to_string());
                }
            }
        }
    }
}

impl CallGraph {
    pub fn read(bytes: &[u8]) -> Result<CallGraph> {
        let bad = |e: wasmparser::BinaryReaderError| err!("the linked module is not valid: {e}");
        let mut param_counts: Vec<u64> = Vec::new();
        let mut g = CallGraph {
            imported: 0,
            params: Vec::new(),
            reenters: Vec::new(),
            bodies: Vec::new(),
            exported: Vec::new(),
            in_table: Vec::new(),
            table_unknown: false,
            names: Default::default(),
        };
        let mut types: Vec<u32> = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(bytes) {
            match payload.map_err(bad)? {
                Payload::TypeSection(reader) => {
                    for ty in reader.into_iter_err_on_gc_types() {
                        param_counts.push(ty.map_err(bad)?.params().len() as u64);
                    }
                }
                Payload::ImportSection(reader) => {
                    for import in reader {
                        let import = import.map_err(bad)?;
                        if let TypeRef::Func(ty) = import.ty {
                            types.push(ty);
                            g.reenters.push(import.module != "wasi_snapshot_preview1");
                            g.imported += 1;
                        }
                    }
                }
                Payload::FunctionSection(reader) => {
                    for ty in reader {
                        types.push(ty.map_err(bad)?);
                    }
                }
                Payload::ExportSection(reader) => {
                    for export in reader {
                        let export = export.map_err(bad)?;
                        if export.kind == wasmparser::ExternalKind::Func {
                            g.exported
                                .push((export.index as usize, export.name.to_string()));
                        }
                    }
                }
                Payload::ElementSection(reader) => {
                    for element in reader {
                        match element.map_err(bad)?.items {
                            ElementItems::Functions(funcs) => {
                                for f in funcs {
                                    g.in_table.push(f.map_err(bad)? as usize);
                                }
                            }
                            ElementItems::Expressions(..) => g.table_unknown = true,
                        }
                    }
                }
                Payload::CodeSectionEntry(body) => {
                    let mut locals = 0u64;
                    for local in body.get_locals_reader().map_err(bad)? {
                        locals += u64::from(local.map_err(bad)?.0);
                    }
                    g.bodies.push(
                        read_body(body.get_operators_reader().map_err(bad)?, locals)
                            .map_err(bad)?,
                    );
                }
                Payload::CustomSection(section) => add_names(&section, &mut g.names),
                _ => {}
            }
        }
        g.params = types
            .iter()
            .map(|&t| param_counts.get(t as usize).copied().unwrap_or(0))
            .collect();
        Ok(g)
    }

    /// How many functions, imported and defined.
    pub fn len(&self) -> usize {
        self.imported + self.bodies.len()
    }

    /// The defined function `f` (index space), if it is one.
    pub fn body(&self, f: usize) -> Option<&Body> {
        f.checked_sub(self.imported)
            .and_then(|i| self.bodies.get(i))
    }
}

/// What one block of the body is, for the branches that leave it.
enum Block {
    /// A `loop`, with the branches back to its start counted.
    Loop(u32),
    Other,
}

fn read_body(
    mut ops: wasmparser::OperatorsReader,
    locals: u64,
) -> std::result::Result<Body, wasmparser::BinaryReaderError> {
    let mut body = Body {
        calls: Vec::new(),
        indirect: false,
        locals,
        has_loop: false,
        back_edges: 0,
    };
    // The function's own block is the outermost.
    let mut blocks: Vec<Block> = vec![Block::Other];
    let mut loops_open = 0usize;
    let branch_to = |blocks: &mut Vec<Block>, depth: u32| {
        let at = blocks.len().checked_sub(1 + depth as usize);
        if let Some(Block::Loop(n)) = at.and_then(|i| blocks.get_mut(i)) {
            *n += 1;
        }
    };
    while !ops.eof() {
        match ops.read()? {
            Operator::Call { function_index } | Operator::ReturnCall { function_index } => {
                body.calls.push(Call {
                    callee: function_index as usize,
                    in_loop: loops_open > 0,
                })
            }
            // A reference may be called any number of times, as from a loop.
            Operator::RefFunc { function_index } => body.calls.push(Call {
                callee: function_index as usize,
                in_loop: true,
            }),
            Operator::CallIndirect { .. }
            | Operator::ReturnCallIndirect { .. }
            | Operator::CallRef { .. }
            | Operator::ReturnCallRef { .. } => body.indirect = true,
            Operator::Loop { .. } => {
                body.has_loop = true;
                loops_open += 1;
                blocks.push(Block::Loop(0));
            }
            Operator::Block { .. }
            | Operator::If { .. }
            | Operator::Try { .. }
            | Operator::TryTable { .. } => blocks.push(Block::Other),
            // A `try` that delegates ends there, without an `end`.
            Operator::Delegate { .. } => {
                blocks.pop();
            }
            Operator::End => {
                if let Some(Block::Loop(n)) = blocks.pop() {
                    loops_open -= 1;
                    body.back_edges = body.back_edges.max(n);
                }
            }
            Operator::Br { relative_depth } | Operator::BrIf { relative_depth } => {
                branch_to(&mut blocks, relative_depth)
            }
            Operator::BrTable { targets } => {
                for t in targets.targets() {
                    branch_to(&mut blocks, t?);
                }
                branch_to(&mut blocks, targets.default());
            }
            _ => {}
        }
    }
    Ok(body)
}
